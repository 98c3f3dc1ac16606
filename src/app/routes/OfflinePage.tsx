import { MessagePage } from "../components/MessagePage.tsx";

/** An article asked for offline that was never opened online, so no copy was kept. */
export function OfflinePage() {
  return (
    <MessagePage title="Not saved for offline reading">
      You are offline, and this article was not opened while you were online, so
      no copy of it is kept on this device. Articles you have opened before can
      be read offline.
    </MessagePage>
  );
}

import { MessagePage } from "../components/MessagePage.tsx";

/** Unknown paths, unknown articles and list pages past the end. */
export function NotFoundPage() {
  return (
    <MessagePage title="Page not found">
      There is no page at this address. It may have been renamed or removed.
    </MessagePage>
  );
}

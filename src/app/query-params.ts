/** The query parameters that keep the reader's view in the URL. */

/** Query parameter that holds the speaker filter. */
export const SPEAKER_PARAM = "speaker";

/** Query parameter of the list's period filter: `?period=2023` or `?period=2023-10`. */
export const PERIOD_PARAM = "period";

/**
 * Query parameter that leaves out quotes whose speaker is uncertain: `?sure=1`, beside the
 * speaker filter in the reader.
 */
export const SURE_PARAM = "sure";

/** Query parameter of the reader's view: `?view=quotes` shows only the quotes. */
export const VIEW_PARAM = "view";

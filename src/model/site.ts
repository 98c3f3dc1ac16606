/** The site's name: page titles, feeds, structured data. */
export const SITE_NAME = "Quote Reader";

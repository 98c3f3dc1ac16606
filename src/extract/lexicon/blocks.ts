/**
 * Patterns for lines that are not body text. Each is anchored and linear
 * (no nested quantifiers), so a hostile line cannot make it backtrack.
 */

/** `Read 'X' - Y`, `READ MORE: X`, `Related: X`, `WATCH: X`. */
export const RELATED_LINK =
  /^(?:read more|read|also read|related|related stories|related story|see also|more|watch|listen|recommended|click here|more coverage|more from)\b *[:\-–—|]? */i;

/** `By World Israel News Staff`, `By Jane Doe and John Roe, Reuters`. */
export const BYLINE = /^by +(\S.*)$/i;

/**
 * Photo captions and credits, agency and reporting notes:
 * `Photo: Jane Doe/Reuters`, `(AP Photo/Lena Sato)`, `With files from CTV's Priya Nair`.
 */
export const CREDIT_LINE =
  /^(?:[([]?(?:photo|photos|image|images|picture|file photo|caption|credit|credits|source|video|graphic|illustration|ap photo|getty images?|reuters|afp|the canadian press)(?: *[:/|)\]]| +(?:by|credit|courtesy)\b|$)|[—–-]* *with files from\b|with a report from\b|reporting by\b|editing by\b|additional reporting\b|written by\b|compiled by\b|follow (?:us|him|her|\S+) on\b|contact (?:us|him|her)\b|copyright\b|©|all rights reserved\b|this (?:story|article) (?:was|has been)\b|correction:|clarification:|editor'?s note\b|story continues below\b|article continued? below\b|advertisement$|continue reading\b|scroll (?:down|to)\b|sign up\b|subscribe\b|click (?:here|to)\b|share this\b|\S+ \S+ ?\/ ?the canadian press\b)/i;

/** A credit line for the writer: `Kofi Mensah, The Canadian Press`. */
export const AGENCY_CREDIT =
  /^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){1,3},? (?:the canadian press|the associated press|associated press|reuters|afp|bloomberg|cbc news|ctv news|global news|postmedia news|special to [\p{L} ]+)$/iu;

/** Embedded posts: `<tweet id="…">…</tweet>`, `pic.twitter.com/…`. */
export const EMBED_LINE =
  /^(?:<[a-z][^>]*>|pic\.twitter\.com\/|https?:\/\/\S+$|— *[^—]*\(@\w+\))/i;

/** A caption's trailing credit: `… in Toronto. (Photo: Jane Doe)`, `… (Getty Images)`. */
export const TRAILING_CREDIT =
  /(?:\( ?[^()]{2,80} ?\/ ?[^()]{2,80} ?\)\.?|\( ?[^()]{0,60}\b(?:archives|photo|images|files)\b ?\)\.?|[([](?:photo|image|file photo|ap photo|getty images|reuters|afp|the canadian press|cp|credit)[^)\]]{0,80}[)\]]\.?|\/ ?(?:the canadian press|reuters|ap|afp|getty images|cp|bloomberg)\)?\.?)$/i;

// Page furniture in pasted job descriptions (Top links, share buttons, dates, calls to action) that is not content. Pure, plain Node.
import { parseLooseDate } from './jd-parse-fields';

// Whole-line matches only: "Apply now by emailing jobs@acme.com" is real content, a lone "Apply now" is a button.
const LONE_FURNITURE =
  /^(?:[↑^]\s*)?(?:(?:back|return|go) to (?:top|results|search(?: results)?|jobs)|top(?: of (?:the )?page)?|help|u\.s\. flag|an official website of the united states government|here'?s how you know|now hiring[:!.]*|we'?re hiring[:!.]*|pulled from the full job description|this (?:position|job(?: announcement)?|vacancy) (?:is no longer available|has closed)|print(?: this (?:page|job))?|share(?: this (?:job|page|post|article))?|share (?:on|via)\b.*|e-?mail(?: this (?:job|page))?|save(?: this)?(?: job)?|tweet|pin it|like|skip to (?:main )?content|advertisement|menu|home|copy link|page \d+(?: of \d+)?|\d+\s*\/\s*\d+)$/i;
const LINK_ARROW = /\s*(?:>>|»|›|→|>)$/;
const SOCIAL_ONLY = /^(?:(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|share|copy link)\b[\s|·•,/]*)+$/i;
const BREADCRUMB = /^home\s*[>›»/]/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|all rights reserved\.?$/i;
// An icon's name copied as text from a job board's card ("briefcase", "clock", "map-marker"): lower case, alone.
const ICON_NAME = /^(?:briefcase|clock|diamond|calendar(?:-alt)?|map(?:-marker|-pin)?|marker|pin|dollar(?:-sign)?|money(?:-bill)?|building|globe|phone|envelope|user|users|star|gift|tag|info(?:-circle)?)$/;

const LONE_CALL_TO_ACTION = /^(?:apply(?: now| online| today| here)?|click here to apply|click to apply|apply for this (?:job|position|role)|easy apply)[.!]*$/i;
const JOB_BOARD_PROMO = /^(?:explore|browse|view|see|find|search|discover)\b.*\b(?:job openings?|jobs|vacancies|openings|careers)\b/i;

const DATE_PREFIX = /^(?:posted|updated|published|last updated|date)(?: on)?\s*:?\s*/i;
const PAGE_BLURB = /^(?:explore|learn|discover|find out|use this|this (?:template|sample|article|guide|page|post))\b/i;

/** A line that is never content wherever it appears. */
export function isFurnitureLine(text: string): boolean {
  return (
    LONE_FURNITURE.test(text) ||
    // "Print this page >>", "Back to top »": a link followed by the arrow a page draws after it.
    LONE_FURNITURE.test(text.replace(LINK_ARROW, '')) ||
    SOCIAL_ONLY.test(text) ||
    BREADCRUMB.test(text) ||
    COPYRIGHT.test(text) ||
    ICON_NAME.test(text) ||
    LONE_CALL_TO_ACTION.test(text)
  );
}

// "MNCJobz.com will not be responsible for any payment made to a third-party. All Terms of Use are applicable.": a
// job board's own notice under every posting, naming the board's site.
const BOARD_DISCLAIMER = /^\S+\.(?:com|net|org|co|io|ca|uk)\b.{0,80}\b(?:not (?:be )?responsible|terms of (?:use|service))\b/i;

// "Learn more about us here:", "Read more at", then the link: an invitation to leave the posting.
const READ_MORE = /^(?:learn|read|find out|see|discover)\s+more\b.{0,60}?(?:here|below|at|on our (?:site|website|page))\s*[:.!]*$/i;
const LONE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * What closes a page rather than the posting: a job-board link ("Explore the Latest Back End Developer Job Openings -
 * Apply Online …"), an invitation to read more elsewhere, or a link alone on its line.
 */
export function isTrailingCallToAction(text: string): boolean {
  return LONE_CALL_TO_ACTION.test(text) || JOB_BOARD_PROMO.test(text) || /\bapply online\b/i.test(text) || READ_MORE.test(text) || LONE_LINK.test(text) || BOARD_DISCLAIMER.test(text);
}

/**
 * A job board's card line: short details joined by dots or bars ("Line Cook • Salem, OR, US", "Full-time · Remote").
 * At the end of a page it belongs to the board (a listing or a related job), not to the posting.
 */
export function isDetailsLine(text: string): boolean {
  const parts = text.split(/\s[·•|]\s/);
  return parts.length >= 2 && parts.length <= 5 && parts.every((p) => p.trim() !== '' && p.split(' ').length <= 5 && !/[.!?:]$/.test(p.trim()));
}

/** A publication date on its own line ("September 27, 2025", "Updated: 27 Sep 2025"). */
export function isDateLine(text: string): boolean {
  return text.length <= 40 && parseLooseDate(text.replace(DATE_PREFIX, '')) !== null;
}

/** A sentence about the web page itself ("Explore the … that should be included in a … job description."). */
export function isPageBlurb(text: string): boolean {
  return PAGE_BLURB.test(text) && /\bjob descriptions?\b/i.test(text);
}

/**
 * A site's menu copied above the posting ("Human Resources Home" / "Line Break" / "HR Phone List" / "Line Break" / …):
 * five short lines or more, none a sentence, one of them said three times or more (an image's name between links).
 * It is the site's, not the owner's text.
 */
export function isSiteMenu(lines: readonly string[]): boolean {
  if (lines.length < 5 || lines.some((t) => t.split(' ').length > 8 || /[.!?:]$/.test(t))) return false;
  const seen = new Map<string, number>();
  for (const t of lines) seen.set(t, (seen.get(t) ?? 0) + 1);
  return Math.max(...seen.values()) >= 3;
}

// The text of `hirebook --help`. Runs in plain Node (the `hirebook` command).
import { REPORT_NAMES, ROLE_STATUSES } from '../contract';

export function helpText(defaultDir: string): string {
  return `Hirebook: the offline recruiting assistant, from the command line.

Usage: hirebook [--data-dir DIR] <command> [options]

Commands:
  roles list [--json] [--status S] [--search Q] [--archived]
                      List roles as a table (or JSON). --status takes ${ROLE_STATUSES.join(', ')}
                      (repeat it or separate with commas); --archived lists archived roles only.
  info [--json]       Version, data folder and database file.
  jd parse FILE [--json]
                      Show what Hirebook reads from a job description (.txt, .md, .html or .docx):
                      title, "Label: value" fields and sections. Saves nothing. --json prints
                      {"title", "fields", "sections": [{"kind", "heading", "paragraphs", "bullets"}]}.
  jd import FILE [--role ID] [--json]
                      Save a job description as a new draft role, or with --role as the description
                      of that role (the previous description is kept as a revision).
                      --json prints {"roleId", "created"}.
  jd check (FILE | --role ID) [--json]
                      The quality coach: score, the top fixes, then every finding with its fix, for
                      a file (not saved) or a stored role. --json prints the full result.
  posting pdf --role ID --out FILE [--layout classic|flyer] [--force]
                      Print a role's posting to PDF on the company's paper size: "classic" (the
                      full posting) or "flyer" (one page for a notice board). Needs Chromium or
                      Chrome: on the PATH, or set CHROMIUM_PATH to the browser executable.
  posting export --role ID --format md|txt|html|jsonld [--out FILE [--force]]
                      A role's posting as Markdown, plain text for job boards, the printable HTML,
                      or schema.org JobPosting JSON-LD; to stdout unless --out is given.
  careers-site --out DIR [--force]
                      Write a static careers site of all open roles into DIR (empty, or a previous
                      careers export): index.html, one page per role with its JSON-LD, style.css.
                      A re-export replaces and removes only the files the last one wrote (listed in
                      DIR/.hirebook-careers.json). --force also writes into a folder with other files,
                      replacing those with the site's names; it never deletes them, and never writes
                      through a link (symlink).
  export-all --out DIR [--json]
                      Export everything, to keep or to move to another tool: a new folder inside DIR
                      ("Hirebook export YYYY-MM-DD") with every table as csv/<table>.csv and
                      json/<table>.json, every attachment and the logo in files/, and README.txt
                      describing each table and column. Never writes over anything; Ctrl+C stops it
                      and removes the unfinished folder. --json prints {"folder", "tables", "rows",
                      "files", "missingFiles"}.
  candidates list [--json] [--search Q] [--role ID]
                      List candidates by name: --search finds words (prefix) in names, emails,
                      phone numbers, tags and resume text; --role keeps those who applied to a role.
                      --json prints every match as {"rows": [...], "total"}.
  candidates import FILE [--role ID] [--stage NAME] [--duplicates skip|merge|create] [--json]
                      Import candidates from a CSV file (comma, semicolon or tab separated, UTF-8).
                      Columns are matched by their headers (name, email, phone, city, tags, ...).
                      Rows whose email or phone is already known are skipped (default), merged
                      into the existing candidate, or created anyway. --role adds everyone to a role
                      (in its first stage, or --stage NAME). --json prints
                      {"imported", "merged", "skipped", "errors": [{"line", "reason"}]}.
  candidates intake FILE... [--role ID] [--json]
                      Add candidates from résumé files (PDF, Word .docx, text), saved e-mails (.eml,
                      Outlook .msg) or folders of them: one candidate each, with the name, e-mail and
                      phone found in it; an e-mail's sender becomes the candidate, the message a note
                      and its attachments files. Someone with the same e-mail or phone is merged;
                      details not found with confidence are tagged "needs a look". --role adds
                      everyone to the role's first stage. Ctrl+C stops after the current file.
                      --json prints {"items": [{"fileName", "outcome", "needsLook", "reasons",
                      "duplicates", ...}], "created", "merged", "needsLook", "refused", "cancelled"}.
  candidates export --out FILE [--role ID] [--force]
                      Write every candidate (or those who applied to a role) to a CSV file.
  candidates export-person ID --out FILE [--force] [--json]
                      Everything Hirebook holds about one person, for handing them their data: a zip
                      with summary.html (readable, printable), data.json (every row about them),
                      files/ (their files) and README.txt. Never writes over a file without --force.
                      The person's timeline notes that their data was exported. --json prints
                      {"path", "bytes", "applications", "notes", "interviews", "files", ...}.
  candidates anonymise ID --yes [--json]
                      Anonymise a candidate: their applications, stage history, source, dates,
                      reasons and ratings stay under a random name ("Anonymous candidate 7F3A"), so
                      every report stays true; their contact details, links, summary, tags, files,
                      notes and every free text written about them are erased for good. --yes is
                      the confirmation (it cannot be undone). Says which backups still hold them.
                      --json prints {"candidate", "holding"}.
  search TEXT [--json]
                      Find roles (title, department), candidates (name, e-mail, phone, tag, résumé
                      text), interviews (candidate or role) and templates: every word as the start
                      of a word, all of them needed; at most 8 of each kind. --json prints
                      {"roles", "candidates", "interviews", "templates"}.
  interviews list [--json]
                      Every interview by start time: when (in the zone it was booked in), kind,
                      candidate, role, interviewers and status. --json prints {"interviews": [...]}.
  interviews ics --id ID --out FILE [--force]
                      Write an interview as an .ics calendar file (with its time zone) to add to
                      any calendar or attach to an email.
  messages templates [--json]
                      The message templates (acknowledgement, interview invitation, rejections, offer,
                      your own) with their ids. Placeholders such as {first name}, {role}, {company},
                      {interview time} and {interview place} are filled in per person.
  messages draft --template ID --application ID --out FILE.eml [--force] [--json]
                      Fill a template for one application's candidate and save it as an unsent .eml
                      draft to that one person (an invitation carries the interview's .ics). Outlook
                      opens it ready to send; in Apple Mail use Message > Send Again, in Thunderbird
                      Message > Edit As New Message. Hirebook never sends mail. The draft is logged
                      on the candidate's timeline.
  messages draft-many --template ID --out FOLDER APPLICATION_ID... [--json]
                      One unsent .eml draft per person into FOLDER (never over a file: a taken
                      name gets a number), each to that person alone and logged on their timeline.
                      People without a usable e-mail address are listed as skipped (exit 1).
  messages restore --template ID [--json]
                      Put a built-in template's name, subject and text back as Hirebook shipped them.
  offers list [--application ID] [--json]
                      One application's offers, or every offer still open: candidate, role, pay,
                      start date, open until and status (a sent offer past its expiry date reads
                      "expired").
  offers create --application ID [--pay AMOUNT] [--currency EUR] [--period year]
                [--pay-text TEXT] [--start YYYY-MM-DD] [--expires YYYY-MM-DD] [--note TEXT] [--json]
                      Make an offer (sent now). Currency and period default to the role's salary
                      fields; --pay-text says the pay in your own words. Logged on the timeline.
  offers set-status ID STATUS [--json]
                      STATUS is sent, accepted, declined or expired. Accepted moves the card to the
                      Hired stage and marks the role filled once its openings are all taken.
  offers letter ID --out FILE.pdf [--template ID] [--force]
                      The offer letter as a PDF, from the first offer template (or the one named),
                      with the pay, start date and expiry filled in.
  kit pdf --role ID --out FILE [--force]
                      Print a role's interview kit (criteria with rating boxes, questions, lines
                      for notes) to PDF. Needs Chromium or Chrome, like "posting pdf".
  check [--full] [--json]
                      Check the data file: SQLite's quick_check (at every start), or with --full its
                      integrity_check (every index against its table). Prints the health, the last
                      check and, when damaged, the newest backup. Exit code 3 when damaged.
  salvage --out DIR [--json]
                      Copy every row that still reads from the data file into a new database file
                      in DIR (an existing folder outside the data folder), and say per table how
                      many rows were saved and lost. Works even when the file is refused as
                      damaged; the data file itself is never written.
  backup [--out FILE] [--force] [--passphrase-env VAR | --passphrase-stdin] [--json]
                      Write one archive of all your data (database, attachments, manifest) while
                      Hirebook stays usable: FILE, or hirebook-DATE-TIME.hirebook-backup here. It is a
                      zip any archive tool opens; with a passphrase (from the environment variable
                      VAR, or the first line of stdin) it is encrypted with age instead. A forgotten
                      passphrase cannot be recovered. Ctrl+C cancels and leaves no file.
  backups [--json]    How backups stand: the last good backup (when, size, where), automatic backups
                      on or off and how many are kept, the disk they use of their budget, the second
                      folder, and warnings (no good backup for 7 days, the second folder missing).
  backups --holding ID [--json]
                      Which backups in the backups folder and the second folder still hold a person
                      (by candidate id, also after they were erased): holds, does not hold, or
                      unknown (encrypted without the passphrase, or made by an older Hirebook), and
                      when rotation removes each. A restore erases erased people again.
  reports NAME [--role ID] [--from DATE] [--to DATE] [--json]
                      One report for one role or all: ${REPORT_NAMES.join(', ')}.
                      --from/--to are calendar days (YYYY-MM-DD, both included) on this computer's
                      clock. Prints the table, the notes (how stages were combined, which dates were
                      derived) and what each column means; --json prints {"name", "title", "about",
                      "notes", "columns": [{"key", "label", "definition", "unit"}], "rows"}.
  today [--json]      What needs you today: interviews today and tomorrow, feedback not submitted,
                      candidates waiting more than 5 days in a stage, new applicants, roles closing
                      within 7 days, open roles without applicants and people due for deletion.
                      --json prints the sections.
  retention due [--json]
                      Who is due for deletion today: rejected and withdrawn candidates with no
                      activity for the retention period (hired people and anyone with an open
                      application never are; a keep-until date still ahead exempts), with why and
                      what erasing them would take (applications, notes, files, interviews).
  retention erase ID... --yes [--json]
                      Erase these people completely, as deleting them in the app does; someone no
                      longer due is left alone and said so. Refuses without --yes: it cannot be
                      undone. Backups made before still hold them until they rotate out.
  retention settings [--months N|off] [--action erase|anonymise] [--json]
                      Show or change the company default (12 months unless changed; "off" lists
                      nobody). Nothing is erased until you confirm.
  retention notice [--json]
                      A privacy notice for the careers page and walk-in forms, with the company name
                      and the retention period filled in, as plain text to copy.
  restore FILE [--passphrase-env VAR | --passphrase-stdin] [--dry-run] [--json]
                      Check an archive completely, then make it the data in use; the data it
                      replaces is kept in DATA-DIR/replaced-TIME/. --dry-run only checks it and says
                      what it holds. An archive from an older Hirebook is updated on the way in.
                      Close the Hirebook app on this data folder first.
  rpc                 Read NDJSON requests on stdin, one per line:
                        {"id":1,"channel":"roles:list","input":{}}
                      and answer each, in order, with one line on stdout:
                        {"id":1,"ok":true,"value":{...}}  or  {"id":1,"ok":false,"error":{...}}
                      Add "background":true to a long request (candidates:import) to have it
                      answered when it finishes while the next lines are served (e.g. a cancel).
  rpc --list          Every channel with its description and input/output JSON Schema.

--out FILE never replaces an existing file: the command stops with exit code 1 unless --force is given.

Options:
  --data-dir DIR      The folder holding hirebook.db (default: ${defaultDir},
                      or HIREBOOK_DATA_DIR when set). The desktop app uses the same folder.
  -h, --help          Show this help.
  --version           Show the version.

Exit codes: 0 success, 1 failure, 2 usage error, 3 the data file is damaged (refused at open, found
by check, or met by the command; nothing was written to it).
`;
}

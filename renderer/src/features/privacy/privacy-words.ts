// Renderer: the words of the Due for deletion screen that are not the core's: counts of people and the
// confirmation's sentence (what erasing someone takes is the contract's goesWords). Pure.

export const peopleWords = (n: number): string => `${n} ${n === 1 ? 'person' : 'people'}`;

/** The confirmation before erasing: how many, what goes, that it is final, and what backups still hold. */
export function eraseConfirmWords(n: number): string {
  const who = n === 1 ? 'This person' : `These ${n} people`;
  return `${who} and everything about them — details, applications, notes, interviews, scorecards, files and history — will be erased for good, down to the bytes of the data file. This cannot be undone. Backups made earlier still hold them until those backups rotate out.`;
}

/** The confirmation before anonymising from the list: how many, what stays, what goes, that it is final. */
export function anonymiseConfirmWords(n: number): string {
  const who = n === 1 ? 'This person' : `These ${n} people`;
  return `${who} will be anonymised for good: their applications, stage moves, dates, sources, reasons and ratings stay under a random name, so your reports stay true; their name, contact details, notes, files and every free text about them are erased. This cannot be undone. Backups made earlier still hold their details until those backups rotate out.`;
}

/** "Erase" or "Anonymise": what the list does, by the company's retention action. */
export const actionVerb = (action: 'erase' | 'anonymise'): string => (action === 'anonymise' ? 'Anonymise' : 'Erase');

// Renderer: the words of the Due for deletion screen that are not the core's: counts of people and the
// confirmation's sentence (what erasing someone takes is the contract's goesWords). Pure.

export const peopleWords = (n: number): string => `${n} ${n === 1 ? 'person' : 'people'}`;

/** The confirmation before erasing: how many, what goes, that it is final, and what backups still hold. */
export function eraseConfirmWords(n: number): string {
  const who = n === 1 ? 'This person' : `These ${n} people`;
  return `${who} and everything about them — details, applications, notes, interviews, scorecards, files and history — will be erased for good, down to the bytes of the data file. This cannot be undone. Backups made earlier still hold them until those backups rotate out.`;
}

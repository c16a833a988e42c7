// Renderer: the Undo of a merge or a split in the import review (review-edits.ts does the moves and their undoing).
import { useJdImportStore } from '../../stores/jd-import-store';
import { undoMove, type ReviewSection } from './review-edits';

/**
 * A merge's or a split's Undo: `original` comes back in place of the sections the move `made`, unless the owner
 * changed them since; then it says so and keeps what they wrote.
 */
export function undoOf(made: ReviewSection[], original: ReviewSection[]): () => Promise<void> {
  return () => {
    const store = useJdImportStore.getState();
    const back = undoMove(store.sections, made, original);
    if (!back) return Promise.reject(new Error('Those sections were changed after that, so they were kept as they are now.'));
    store.setSections(back);
    return Promise.resolve();
  };
}

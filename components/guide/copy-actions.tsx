interface Props {
  /** id of the readonly <textarea> holding the text to copy, print or download. */
  textareaId: string;
  words: { copy: string; copied: string; copyFailed: string; print?: string; download?: string; fileName?: string; share?: string };
}

/**
 * Copy, share, print and download buttons for a generated text, server-rendered for the "text-actions" island
 * (client/text-actions.ts): hidden until that script runs, since they do nothing without it; the page
 * itself explains how to select and print the text. Add "text-actions" to the page's islands.
 */
export function CopyActions({ textareaId, words }: Props) {
  const button = "rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50";
  return (
    <div
      hidden
      data-text-actions={textareaId}
      data-copied={words.copied}
      data-copy-failed={words.copyFailed}
      data-file-name={words.fileName}
      className="space-y-2 print:hidden"
    >
      <div className="flex flex-wrap gap-3">
        <button type="button" data-action="copy" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {words.copy}
        </button>
        {words.share ? (
          // Shown by the island only where the browser has a share sheet (navigator.share).
          <button type="button" data-action="share" hidden className={button}>
            {words.share}
          </button>
        ) : null}
        {words.print ? (
          <button type="button" data-action="print" className={button}>
            {words.print}
          </button>
        ) : null}
        {words.download ? (
          <button type="button" data-action="download" className={button}>
            {words.download}
          </button>
        ) : null}
      </div>
      <p role="status" className="min-h-6 text-sm text-gray-800" />
    </div>
  );
}

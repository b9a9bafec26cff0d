import { CopyActions } from "./copy-actions";

interface Props {
  /** id of the textarea, for its label and the copy button. */
  id: string;
  value: string;
  /** id of the line that says what the code is. */
  describedBy: string;
  words: Parameters<typeof CopyActions>[0]["words"];
}

/**
 * A link or a snippet of code to copy: a selectable read-only box (long-press works without JavaScript)
 * and the copy button of the "text-actions" island. The caller renders the box's label.
 */
export function CopyableCode({ id, value, describedBy, words }: Props) {
  return (
    <>
      <textarea
        id={id}
        readOnly
        rows={3}
        value={value}
        aria-describedby={describedBy}
        className="block w-full resize-none rounded-md border border-gray-400 bg-gray-50 p-2 font-mono text-sm break-all"
      />
      <CopyActions textareaId={id} words={words} />
    </>
  );
}

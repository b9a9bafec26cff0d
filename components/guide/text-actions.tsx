"use client";

import { useState } from "react";
import { useHydrated } from "./use-hydrated";

interface Props {
  /** The text to copy or download. */
  text: string;
  /** id of the readonly textarea that shows the text (selected as a fallback when copying fails). */
  textareaId: string;
  words: { copy: string; copied: string; copyFailed: string; print?: string; download?: string; fileName?: string };
}

/**
 * Copy, print and download buttons for a generated text. They need JavaScript, so they appear only once
 * it runs; without it the page explains how to select the text and print with the browser.
 */
export function TextActions({ text, textareaId, words }: Props) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  if (!hydrated) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(words.copied);
    } catch {
      const area = document.getElementById(textareaId);
      if (area instanceof HTMLTextAreaElement) {
        area.focus();
        area.select();
      }
      setStatus(words.copyFailed);
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = words.fileName ?? "text.txt";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const button = "rounded-md border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50";
  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={copy} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {words.copy}
        </button>
        {words.print ? (
          <button type="button" onClick={() => window.print()} className={button}>
            {words.print}
          </button>
        ) : null}
        {words.download ? (
          <button type="button" onClick={download} className={button}>
            {words.download}
          </button>
        ) : null}
      </div>
      <p role="status" className="min-h-6 text-sm text-gray-800">
        {status}
      </p>
    </div>
  );
}

// Island: copy, share, print and download buttons for a generated text (or a link) shown in a readonly <textarea>.
// The server renders the buttons inside a [data-text-actions] block that stays hidden without
// JavaScript (the page explains how to select and print instead); this script reveals and wires them.
for (const block of document.querySelectorAll<HTMLElement>("[data-text-actions]")) {
  const area = document.getElementById(block.dataset.textActions ?? "");
  const status = block.querySelector<HTMLElement>("[role=status]");
  if (!(area instanceof HTMLTextAreaElement) || !status) continue;
  const say = (key: "copied" | "copyFailed") => {
    status.textContent = block.dataset[key] ?? "";
  };
  block.addEventListener("click", async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "print") window.print();
    if (action === "download") download(area.value, block.dataset.fileName ?? "text.txt");
    if (action === "share") {
      // The device's share sheet; closing it without sharing rejects, which is not an error to show.
      await navigator.share({ url: area.value }).catch(() => undefined);
    }
    if (action === "copy") {
      try {
        await navigator.clipboard.writeText(area.value);
        say("copied");
      } catch {
        // No clipboard permission (some in-app browsers): select the text so a long press copies it.
        area.focus();
        area.select();
        say("copyFailed");
      }
    }
  });
  const shareButton = block.querySelector<HTMLButtonElement>("button[data-action=share]");
  if (shareButton && typeof navigator.share === "function") shareButton.hidden = false;
  block.hidden = false;
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

import type { ReactNode } from "react";

interface Props {
  type: "checkbox" | "radio";
  id: string;
  name: string;
  value: string;
  checked: boolean;
  /** "start" for labels that may wrap to several lines, "center" for one-line labels. */
  align?: "start" | "center";
  children: ReactNode;
}

/** One checkbox or radio button with its label, as the guide's forms lay them out. */
export function ChoiceOption({ type, id, name, value, checked, align = "start", children }: Props) {
  const start = align === "start";
  return (
    <div className={start ? "flex items-start gap-3" : "mt-1 flex items-center gap-3"}>
      <input type={type} id={id} name={name} value={value} defaultChecked={checked} className={`${start ? "mt-1.5 " : ""}size-5 shrink-0 accent-brand-600`} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import type { GuideSection } from "@/lib/guide/sections";
import { citationWordsFor, GuideFrame } from "./guide-frame";

interface Props {
  section?: GuideSection;
  title: string;
  intro: string;
  children: ReactNode;
}

/**
 * <GuideFrame> for the App Router guide pages that remain (rights, negotiate, legal check), which read
 * the locale from the request. Route-handler pages use GuideFrame with their locale directly.
 */
export async function GuideShell(props: Props) {
  return <GuideFrame locale={await getLocale()} {...props} />;
}

/** Words for <Citations>, read once per page. */
export async function citationWords() {
  return citationWordsFor(await getLocale());
}

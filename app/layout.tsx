import type { ReactNode } from "react";
import "./globals.css";

/** The real `<html>` lives in `app/[locale]/layout.tsx`; this root only passes through. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}

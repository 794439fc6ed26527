/** The labelled CSV files that eval and learn read: a file itself, or every .csv in a folder. */
import { readdirSync, statSync } from "fs";
import { join } from "path";

/** The CSV files to read: the file itself, or every .csv in a folder, by name. */
export function csvFilesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith(".csv"))
    .sort()
    .map((name) => join(path, name));
}

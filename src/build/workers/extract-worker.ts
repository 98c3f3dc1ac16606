import { type BuiltArticle, buildArticle } from "../articles.ts";

/** One seed to extract: its file name, slug and decoded text. */
export interface ExtractJob {
  file: string;
  slug: string;
  text: string;
}

/** Extracts a batch of seeds in this worker thread. */
export function handle(jobs: ExtractJob[]): BuiltArticle[] {
  return jobs.map((job) => buildArticle(job.file, job.slug, job.text));
}

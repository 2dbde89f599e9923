/** A file as it was archived before parsing: what lineage records about it. */
export interface ArchivedFile {
  sha256: string;
  fileName: string;
  sizeBytes: number;
  archivePath: string | null;
  url: string | null;
  etag: string | null;
  lastModified: string | null;
}

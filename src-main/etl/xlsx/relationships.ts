import { elements, readAttributes } from './xml-text';

export interface Relationship {
  readonly id: string;
  /** The type URI's last segment, e.g. "worksheet", "sharedStrings", "officeDocument". */
  readonly type: string;
  /** Zip path of the target part, resolved against the source part's folder. */
  readonly targetPath: string;
  readonly external: boolean;
}

/**
 * Parses a `.rels` part. Types are compared by their last segment so that transitional
 * (schemas.openxmlformats.org) and strict (purl.oclc.org) workbooks read the same.
 */
export function parseRelationships(xml: string, sourcePartPath: string): Relationship[] {
  const relationships: Relationship[] = [];
  for (const element of elements(xml, 'Relationship')) {
    const attributes = readAttributes(element.attributes);
    const id = attributes['Id'];
    const target = attributes['Target'];
    if (!id || target === undefined) continue;
    const external = attributes['TargetMode'] === 'External';
    relationships.push({
      id,
      type: (attributes['Type'] ?? '').split('/').pop() ?? '',
      targetPath: external ? target : resolvePartPath(sourcePartPath, target),
      external,
    });
  }
  return relationships;
}

/** Where the relationships of a part live: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relationshipsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target: absolute ("/xl/worksheets/sheet1.xml") from the package root,
 * relative ("worksheets/sheet1.xml", "../media/x.png") from the source part's folder.
 */
export function resolvePartPath(sourcePartPath: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePartPath.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(decodeURIComponentSafe(segment));
  }
  return segments.join('/');
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

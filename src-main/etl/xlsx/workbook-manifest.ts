import { parseRelationships, relationshipsPathFor } from './relationships';
import type { SheetInfo, SheetKind, SheetVisibility } from './types';
import { elements, localAttribute, readAttributes } from './xml-text';

export interface WorkbookManifest {
  readonly sheets: readonly SheetInfo[];
  readonly date1904: boolean;
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
}

/** Reads a part's text, or null when the package does not have it. */
export type PartReader = (partPath: string) => string | null;

const DEFAULT_WORKBOOK_PATH = 'xl/workbook.xml';

/** Finds the workbook part through the package relationships (`_rels/.rels`), as Excel does. */
export function findWorkbookPath(readPart: PartReader): string {
  const packageRels = readPart('_rels/.rels');
  if (packageRels === null) return DEFAULT_WORKBOOK_PATH;
  const officeDocument = parseRelationships(packageRels, '').find((rel) => rel.type === 'officeDocument' && !rel.external);
  return officeDocument?.targetPath ?? DEFAULT_WORKBOOK_PATH;
}

/**
 * Lists the sheets in tab order and locates their parts through the workbook's relationships
 * (never by assuming `sheetN.xml`: sheet ids and file names drift when sheets are moved or deleted).
 */
export function parseWorkbookManifest(workbookXml: string, workbookPath: string, readPart: PartReader): WorkbookManifest {
  const relsXml = readPart(relationshipsPathFor(workbookPath));
  const relationships = relsXml === null ? [] : parseRelationships(relsXml, workbookPath);
  const byId = new Map(relationships.map((rel) => [rel.id, rel]));

  const sheets: SheetInfo[] = [];
  for (const element of elements(workbookXml, 'sheet')) {
    const attributes = readAttributes(element.attributes);
    const name = attributes['name'];
    if (name === undefined) continue;
    const relationship = byId.get(localAttribute(attributes, 'id') ?? '');
    sheets.push({
      name,
      kind: sheetKind(relationship?.type),
      visibility: visibility(attributes['state']),
      partPath: relationship && !relationship.external ? relationship.targetPath : null,
    });
  }

  let date1904 = false;
  for (const element of elements(workbookXml, 'workbookPr')) {
    const value = readAttributes(element.attributes)['date1904'];
    date1904 = value === '1' || value === 'true';
    break;
  }

  const partOfType = (type: string) => relationships.find((rel) => rel.type === type && !rel.external)?.targetPath ?? null;
  return { sheets, date1904, sharedStringsPath: partOfType('sharedStrings'), stylesPath: partOfType('styles') };
}

function sheetKind(relationshipType: string | undefined): SheetKind {
  switch (relationshipType) {
    case 'worksheet':
      return 'worksheet';
    case 'chartsheet':
      return 'chartsheet';
    default:
      return 'other';
  }
}

function visibility(state: string | undefined): SheetVisibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

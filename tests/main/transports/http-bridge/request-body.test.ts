import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonBody } from '../../../../src-main/transports/http-bridge/request-body';

/** A request stand-in: a byte stream with headers, which is all readJsonBody reads. */
function fakeRequest(headers: Record<string, string>, ...chunks: (string | Buffer)[]): { req: IncomingMessage; stream: PassThrough } {
  const stream = new PassThrough();
  Object.assign(stream, { headers });
  for (const chunk of chunks) stream.write(chunk);
  return { req: stream as unknown as IncomingMessage, stream };
}

const json = { 'content-type': 'application/json' };

describe('readJsonBody', () => {
  it('parses a JSON body split across chunks, including multi-byte characters cut in half', async () => {
    const bytes = Buffer.from('{"municipio":"Tauramena","año":2024}');
    const { req, stream } = fakeRequest(json, bytes.subarray(0, 22), bytes.subarray(22));
    stream.end();
    expect(await readJsonBody(req)).toEqual({ kind: 'json', value: { municipio: 'Tauramena', año: 2024 } });
  });

  it('reports an empty or blank body as empty, whatever the content type', async () => {
    const empty = fakeRequest({});
    empty.stream.end();
    expect(await readJsonBody(empty.req)).toEqual({ kind: 'empty' });
    const blank = fakeRequest(json, '  \n');
    blank.stream.end();
    expect(await readJsonBody(blank.req)).toEqual({ kind: 'empty' });
  });

  it('stops at the limit, by declared length or by bytes received', async () => {
    const declared = fakeRequest({ ...json, 'content-length': '11' });
    expect(await readJsonBody(declared.req, 10)).toEqual({ kind: 'too-large' });
    const streamed = fakeRequest(json, '{"a":"', '1234567890"}');
    expect(await readJsonBody(streamed.req, 10)).toEqual({ kind: 'too-large' });
    // The request is left open (not destroyed) so the 413 can still be written on its socket.
    expect(streamed.stream.destroyed).toBe(false);
  });

  it('tells a client that went away from one that sent bad JSON', async () => {
    const { req, stream } = fakeRequest(json, '{"from": "20');
    const reading = readJsonBody(req);
    stream.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    expect(await reading).toEqual({ kind: 'aborted' });

    const broken = fakeRequest(json, '{"from": "20');
    broken.stream.end();
    expect(await readJsonBody(broken.req)).toMatchObject({ kind: 'invalid-json' });
  });

  it('refuses a non-JSON content type and bytes that are not UTF-8', async () => {
    const form = fakeRequest({ 'content-type': 'application/x-www-form-urlencoded' }, 'a=1');
    form.stream.end();
    expect(await readJsonBody(form.req)).toEqual({ kind: 'not-json-content-type' });
    const latin1 = fakeRequest(json, Buffer.from([0x22, 0xf1, 0x22]));
    latin1.stream.end();
    expect(await readJsonBody(latin1.req)).toEqual({ kind: 'invalid-json', reason: 'el texto no es UTF-8 válido' });
  });
});

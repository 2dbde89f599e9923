import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
  contentSecurityPolicyFor,
  withContentSecurityPolicy,
} from '../../../src-main/electron/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app itself, with inline styles for Mantine and data/blob images for charts', () => {
    expect(Object.fromEntries(directives(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('never allows eval or remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('relaxes only script-src, and only for the development server', () => {
    const dev = directives(DEV_SERVER_CONTENT_SECURITY_POLICY);
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const rest = [...dev].filter(([name]) => name !== 'script-src');
    expect(rest).toEqual([...directives(CONTENT_SECURITY_POLICY)].filter(([name]) => name !== 'script-src'));
    expect(contentSecurityPolicyFor({ kind: 'file', filePath: '/x/index.html', url: 'file:///x/index.html' })).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor({ kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' })).toBe(
      DEV_SERVER_CONTENT_SECURITY_POLICY,
    );
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy and keeps the other headers', () => {
    const headers = withContentSecurityPolicy({ 'Content-Type': ['text/html'] }, CONTENT_SECURITY_POLICY);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('replaces a policy sent by the server, whatever the header case, including report-only', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ["default-src *"], 'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['default-src *'] },
      CONTENT_SECURITY_POLICY,
    );
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('works for responses without headers (file:// pages)', () => {
    expect(withContentSecurityPolicy(undefined, CONTENT_SECURITY_POLICY)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

// Certifications: from badge images (alt text, credly links) and certification sections.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

describe('certifications', () => {
  it('reads the AWS Machine Learning – Specialty badge from Rajat’s profile', () => {
    expect(parsed('profiles/rajat-jog.md').certifications).toEqual([
      {
        name: 'AWS Certified Machine Learning – Specialty',
        issuer: 'AWS',
        url: 'https://www.credly.com/badges/ac9bf89a-a90f-470e-852d-1b45f42881c8',
        line: 8,
      },
    ]);
  });

  it('reads badge images and certification list items with issuer, link and no year', () => {
    const certs = parsed('test/fixtures/extract/certifications.md').certifications;
    expect(certs.map((c) => [c.name, c.issuer])).toEqual([
      ['Certified Kubernetes Administrator (CKA)', 'CNCF'],
      ['AWS Certified Solutions Architect – Associate', 'AWS'],
      ['HashiCorp Certified: Terraform Associate', 'HashiCorp'],
      ['Google Cloud Professional Cloud Architect', 'Google Cloud'],
    ]);
    expect(certs[1]?.url).toBe('https://www.credly.com/badges/abcd');
  });

  it('finds none where a profile has none', () => {
    expect(parsed('profiles/rajdeep-sengupta.md').certifications).toEqual([]);
  });
});

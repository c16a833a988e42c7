// `hirebook offers` through the real CLI bundle: an offer made with the pay in the role's currency, listed as a
// table and as JSON, accepted (the card moves to Hired and the role is marked filled, both said in words), a
// change the rules refuse answered in plain words, the letter written as a PDF whose text carries the pay and
// dates, and usage errors before the data folder is opened. Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Offer, OfferList, OfferStatusResult, type Pipeline, type Role } from '../../electron/contract';
import { call } from '../helpers/applicants';
import { interviewWorld } from '../helpers/interviews-seed';
import { pdfText } from '../helpers/postings';
import { tempCore } from '../helpers/temp-core';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();

async function seeded() {
  const dataDir = cli.tempDir();
  const core = tempCore({ dataDir });
  await call(core, 'company:update', { name: 'Bean There', paperSize: 'a4' });
  const w = await interviewWorld(core, ['Ana Lima', 'Bo Chen']);
  await call(core, 'roles:update', { id: w.roleId, patch: { status: 'open', openings: 1, salaryCurrency: 'GBP', salaryPeriod: 'year' } });
  await core.close();
  return { dataDir, ...w };
}

describe('hirebook offers', () => {
  it('makes, lists and accepts an offer, and writes its letter', async () => {
    const { dataDir, roleId, applicationIds } = await seeded();
    const ana = applicationIds[0] ?? '';
    const made = await cli.run(['--data-dir', dataDir, 'offers', 'create', '--application', ana, '--pay', '31,500', '--pay-text', 'plus tips', '--start', '2027-01-04', '--expires', '2099-12-18', '--json']);
    expect(made.code, made.stderr).toBe(0);
    const offer = Offer.parse(JSON.parse(made.stdout));
    expect([offer.payAmount, offer.payCurrency, offer.payPeriod, offer.payWords, offer.status]).toEqual([31500, 'GBP', 'year', '£31,500 a year · plus tips', 'sent']);

    const table = await cli.run(['--data-dir', dataDir, 'offers', 'list']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+CANDIDATE\s+ROLE\s+PAY\s+START\s+OPEN UNTIL\s+STATUS\n/);
    expect(table.stdout).toMatch(new RegExp(`${offer.id}\\s+Ana Lima\\s+Barista\\s+£31,500 a year · plus tips\\s+2027-01-04\\s+2099-12-18\\s+sent\\n1 offer open\\n$`));
    const json = await cli.run(['--data-dir', dataDir, 'offers', 'list', '--application', ana, '--json']);
    expect(OfferList.parse(JSON.parse(json.stdout)).offers.map((o) => o.id)).toEqual([offer.id]);

    const letter = path.join(cli.tempDir(), 'offer.pdf');
    const wrote = await cli.run(['--data-dir', dataDir, 'offers', 'letter', offer.id, '--out', letter]);
    expect(wrote.code, wrote.stderr).toBe(0);
    expect(wrote.stdout).toBe(`Wrote ${letter} (1 page)\n`);
    const text = pdfText(fs.readFileSync(letter), false);
    expect(text).toContain('Pay: £31,500 a year · plus tips');
    expect(text).toContain('Start date: 4 January 2027');
    expect(text).toContain('This offer is open until 18 December 2099.');

    const accepted = await cli.run(['--data-dir', dataDir, 'offers', 'set-status', offer.id, 'accepted']);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toBe('Offer accepted: Ana Lima, Barista.\nAna Lima moved to the Hired stage.\nBarista is now marked filled: its openings are all taken (it was open).\n');
    const expired = await cli.run(['--data-dir', dataDir, 'offers', 'set-status', offer.id, 'expired', '--json']);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toContain('An accepted offer cannot expire. Mark it declined if they changed their mind.');
    const undo = await cli.run(['--data-dir', dataDir, 'offers', 'set-status', offer.id, 'sent', '--json']);
    expect(OfferStatusResult.parse(JSON.parse(undo.stdout)).offer.status).toBe('sent');

    const core = tempCore({ dataDir });
    const board = await call<Pipeline>(core, 'pipeline:get', { roleId });
    expect(board.cards.find((c) => c.applicationId === ana)?.status).toBe('hired');
    expect((await call<Role>(core, 'roles:get', { id: roleId })).status).toBe('filled');
    await core.close();
  }, cliTimeout(8));

  it('refuses mistakes in plain words before the data folder is opened', async () => {
    const dataDir = path.join(cli.tempDir(), 'never-made');
    const cases: [string[], string][] = [
      [['offers', 'create'], '"offers create" needs --application ID'],
      [['offers', 'create', '--application', 'x', '--pay', 'lots'], '--pay needs a number'],
      [['offers', 'set-status', 'x'], '"offers set-status" needs the offer\'s ID and a status (sent, accepted, declined, expired)'],
      [['offers', 'set-status', 'x', 'maybe'], 'unknown status "maybe"'],
      [['offers', 'letter', 'x'], '"offers letter" needs --out FILE.pdf'],
      [['offers', 'list', '--pay', '3'], '--pay is not an option of "offers list"'],
    ];
    for (const [args, message] of cases) {
      const run = await cli.run(['--data-dir', dataDir, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
    }
    expect(fs.existsSync(dataDir)).toBe(false);
  }, cliTimeout(6));
});

import { parseConfig } from '../config.js';
import { openForMaintenance } from '../db/maintenance.js';
import { verifyAuditChain } from '../modules/audit/verify.js';

/** `npm run audit:verify`: exits 0 when the audit chain is intact, 1 when a row was edited or removed. */
const config = parseConfig(process.env);
const storage = await openForMaintenance(config, () => {});
try {
  const report = await verifyAuditChain(storage.db);
  if (report.ok) {
    console.log(`audit trail intact: ${report.events} events; head hash ${report.headHash}`);
    console.log('Keep the head hash somewhere else: it also proves later that no recent event was removed.');
  } else {
    console.error(
      `audit trail BROKEN at event ${report.brokenAtId}: ${report.reason} (${report.events} events checked)`,
    );
    process.exitCode = 1;
  }
} finally {
  await storage.close();
}

import { demoTotpSecret } from '../db/seed/demo-accounts.js';
import { currentCode } from '../modules/users/totp.js';

/** `npm run demo:code`: the second-factor code of the demo staff accounts right now. */
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${currentCode(demoTotpSecret)}  (valid ${secondsLeft} more seconds; key ${demoTotpSecret})`);

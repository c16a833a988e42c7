// Renderer: imported first by main.tsx. zod 4 compiles fast parsers with `new Function`, which our CSP
// (no 'unsafe-eval') refuses; it decides when each schema is built, so this must run before any schema exists.
import { z } from 'zod';

z.config({ jitless: true });

import { z } from 'zod';

// Vietnamese default messages for every schema built from this module's `z`; schemas still give
// their own message where a field needs a clearer one ("Tên hợp tác xã không được để trống").
z.config(z.locales.vi());

export { z };

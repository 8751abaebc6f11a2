import type {
  BooleanField,
  CountryField,
  DateField,
  FileField,
  Labels,
  LongTextField,
  NumberField,
  SelectField,
  SelectOption,
  TableDef,
  TextField,
} from './format-types.js';

/** Small constructors that keep the format definitions readable. Fields are optional unless said. */

export const l = (en: string, fr: string, es: string): Labels => ({ en, fr, es });

type Common = { required?: boolean; help?: Labels };
const base = (id: string, label: Labels, o: Common) => ({
  id,
  label,
  required: o.required ?? false,
  ...(o.help ? { help: o.help } : {}),
});

export const text = (
  id: string,
  label: Labels,
  o: Common & { maxLength?: number; format?: TextField['format'] } = {},
): TextField => ({
  ...base(id, label, o),
  type: 'text',
  maxLength: o.maxLength ?? 500,
  ...(o.format ? { format: o.format } : {}),
});

export const longText = (
  id: string,
  label: Labels,
  o: Common & { maxLength?: number } = {},
): LongTextField => ({
  ...base(id, label, o),
  type: 'longText',
  maxLength: o.maxLength ?? 20_000,
});

export const number = (
  id: string,
  label: Labels,
  o: Common & { min?: number; max?: number; integer?: boolean; unit?: string } = {},
): NumberField => {
  const { required: _r, help: _h, ...limits } = o;
  return { ...base(id, label, o), type: 'number', ...limits };
};

/** A count of things (munitions, submunitions, people): a whole number, zero or more. */
export const count = (id: string, label: Labels, o: Common = {}): NumberField =>
  number(id, label, { ...o, min: 0, integer: true });

/** A surface in square metres, the unit of ISU and Mine Action Review practice. */
export const area = (id: string, label: Labels, o: Common = {}): NumberField =>
  number(id, label, { ...o, min: 0, unit: 'm²' });

export const date = (id: string, label: Labels, o: Common = {}): DateField => ({
  ...base(id, label, o),
  type: 'date',
});

export const boolean = (id: string, label: Labels, o: Common = {}): BooleanField => ({
  ...base(id, label, o),
  type: 'boolean',
});

export const select = (
  id: string,
  label: Labels,
  options: readonly SelectOption[],
  o: Common & { multiple?: boolean } = {},
): SelectField => ({
  ...base(id, label, o),
  type: 'select',
  options,
  ...(o.multiple ? { multiple: true } : {}),
});

export const option = (value: string, label: Labels): SelectOption => ({ value, label });

export const country = (id: string, label: Labels, o: Common = {}): CountryField => ({
  ...base(id, label, o),
  type: 'country',
});

export const file = (id: string, label: Labels, o: Common & { multiple?: boolean } = {}): FileField => ({
  ...base(id, label, o),
  type: 'file',
  ...(o.multiple ? { multiple: true } : {}),
});

export const table = (
  id: string,
  label: Labels,
  columns: TableDef['columns'],
  o: { help?: Labels; minRows?: number; maxRows?: number } = {},
): TableDef => ({ id, label, columns, maxRows: 500, ...o });

// The public face of the contract: import from here, except the preload, which takes channels.ts alone.
export * from './channels';
export * from './result';
export * from './common-schemas';
export * from './roles-schemas';
export * from './labels';
export * from './company-schemas';
export * from './app-schemas';
export * from './jd-schemas';
export * from './jd-check-schemas';
export * from './template-schemas';
export * from './description-schemas';
export * from './posting-schemas';
export * from './candidates-schemas';
export * from './pipeline-schemas';
export * from './import-export-schemas';
export * from './interview-schemas';
export * from './api';

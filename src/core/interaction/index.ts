export * from './codes';
export * from './metrics';
export * from './session';
export * from './validate';

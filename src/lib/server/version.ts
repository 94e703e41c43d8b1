import packageJson from '../../../package.json';

/** Tend's version, from package.json. */
export const APP_VERSION: string = packageJson.version;

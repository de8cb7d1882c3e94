// The version `sourcemark --version` prints: package.json's, written into the bundle by the build (scripts/build-cli.mjs).
declare const SOURCEMARK_VERSION: string | undefined;

export const VERSION: string = typeof SOURCEMARK_VERSION === 'string' ? SOURCEMARK_VERSION : 'development build';

// seedrandom ships each generator as its own module, but its types only describe the package's main entry.
// The engine imports alea alone so the browser does not carry the other generators (or the ARC4 default).
declare module 'seedrandom/lib/alea' {
  import type seedrandom from 'seedrandom';

  const alea: typeof seedrandom.alea;
  export default alea;
}

// The part of web-ext's programmatic API that tools/build/lint-firefox.ts uses; web-ext ships no types.
declare module "web-ext" {
  interface LintParams {
    sourceDir: string;
    output?: "text" | "json" | "none";
    warningsAsErrors?: boolean;
  }
  const webExt: {
    cmd: {
      lint(params: LintParams, options?: { shouldExitProgram?: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}

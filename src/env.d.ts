interface ImportMetaEnv {
  /** True when the build was asked to include draft entries (`astro build --drafts`). */
  readonly ATLAS_DRAFTS: boolean;
}

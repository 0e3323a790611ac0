/**
 * A command's or option's name and description with their Japanese forms, in the fields Discord
 * reads (`name_localizations`, `description_localizations`): one shape for every command, so a
 * definition lists what it says, not the same four keys again.
 */
export function localized(
  name: string,
  description: string,
  ja: { readonly name?: string; readonly description: string },
) {
  return {
    name,
    ...(ja.name ? { name_localizations: { ja: ja.name } } : {}),
    description,
    description_localizations: { ja: ja.description },
  };
}

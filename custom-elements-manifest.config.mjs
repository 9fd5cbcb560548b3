// custom-elements.json: `cem analyze --litelement` reads this file. The element declares its internal reactive
// state (lit's `state: true`, names starting with `_`) in `static properties` beside its public properties; the
// analyzer takes every entry there for an attribute. They are not attributes, and not API: leave them out, as
// every private member.
export default {
  plugins: [
    {
      name: 'eprofile-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? [])
          for (const declaration of module.declarations ?? []) {
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter((attribute) => !attribute.name.startsWith('_'));
            if (declaration.members)
              declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          }
      },
    },
  ],
};

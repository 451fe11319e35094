// Mounts Waymark into #plan with this site's options: its own storage namespace (so its plans
// stay apart from any other Waymark on this origin), a language, and the brand.
const params = new URLSearchParams(location.search);
const base = new URL(params.get('waymark') || 'https://waymark.example/', location.href);
const { mount } = await import(new URL('mount.js', base).href);
await mount(document.getElementById('plan'), {
  namespace: 'northwind-mounted',
  language: 'en',
  brand: { color: '#5b2a86', name: 'Northwind (mounted)' },
});

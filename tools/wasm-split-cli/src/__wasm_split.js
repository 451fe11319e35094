// Waymark's patch: a module that fails to load reports `false` to its callback, so the app
// says so instead of waiting for ever; module URLs are resolved against this file; a module is
// requested at once, beside the shared chunk it waits for, not after it (one round trip).

export function makeLoad(url, deps, fusedImports, initIt) {
  let alreadyLoaded = false;
  return async (callbackIndex, callbackData) => {
    const early = alreadyLoaded ? null : fetch(url);
    // Handled below; a request nobody waits for (already loaded meanwhile) must not log.
    early?.catch(() => {});
    await Promise.all(deps.map((dep) => dep()));
    if (alreadyLoaded) return;
    try {
      const response = await early;
      const initSync = initIt || globalThis.__wasm_split_main_initSync;
      const mainExports = initSync(undefined, undefined);

      let imports = {
        env: {
          memory: mainExports.memory,
        },
        __wasm_split: {
          __indirect_function_table: mainExports.__indirect_function_table,
          __stack_pointer: mainExports.__stack_pointer,
          __tls_base: mainExports.__tls_base,
          memory: mainExports.memory,
        },
      };

      for (let mainExport in mainExports) {
        imports["__wasm_split"][mainExport] = mainExports[mainExport];
      }

      for (let name in fusedImports) {
        imports["__wasm_split"][name] = fusedImports[name];
      }

      let new_exports = await WebAssembly.instantiateStreaming(
        response,
        imports
      );

      alreadyLoaded = true;

      for (let name in new_exports.instance.exports) {
        fusedImports[name] = new_exports.instance.exports[name];
      }

      if (callbackIndex !== undefined) {
        mainExports.__indirect_function_table.get(callbackIndex)(
          callbackData,
          true
        );
      }
    } catch (e) {
      console.error(
        "Failed to load wasm-split module",
        e,
        String(url)
      );
      if (callbackIndex !== undefined) {
        (initIt || globalThis.__wasm_split_main_initSync)(undefined, undefined).__indirect_function_table.get(callbackIndex)(
          callbackData,
          false
        );
      }
      return;
    }
  };
}

let fusedImports = {};

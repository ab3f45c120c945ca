/* Loaded by h5p-player.js after H5P core and before any content type.
 * The player runs in an opaque origin (sandboxed without allow-same-origin), where reading
 * window.localStorage or window.sessionStorage throws a SecurityError. H5P core reads
 * localStorage for its offline queue, its clipboard and an anonymous user id, and would
 * stop half-way through starting the content; here it gets storage that lives in memory
 * for this visit only, which is all an opaque origin may keep anyway. */
(function () {
  "use strict";

  function memoryStorage() {
    var items = {};
    return {
      getItem: function (key) {
        return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null;
      },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; }
    };
  }

  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      if (window[name]) return;
    } catch (refused) {
      /* an opaque origin: replace it below */
    }
    Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
  });
})();

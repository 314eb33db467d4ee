// Runs before the page is painted. The HTML carries the page as it opens (every term open, the
// latest date), painted before the app's script arrives. An address that asks for another view
// (a package, a proposal, a date or an embed) must not show that picture first, so it is hidden
// here; the app replaces it either way when it starts.
(function () {
  var params = new URLSearchParams(window.location.search);
  var asks = ['deal', 'preset', 'as_of', 'embed'].some(function (name) {
    return params.has(name);
  });
  if (asks) {
    document.documentElement.setAttribute('data-linked', '');
  }
})();

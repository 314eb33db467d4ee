// Runs before the page is painted. The HTML carries the page as it opens (every term open, the
// latest date, in the page's language), painted before the app's script arrives. An address that
// asks for another view (a package, a proposal, a date or an embed) must not show that picture
// first, nor a reader who will get another language (the link's `lang`, else the page's own,
// else the browser's first of en, uk, ru, as `Lang::choose` decides), so it is hidden here; the
// app replaces it either way once it has rendered (see src/ui/hooks/prerendered.rs).
(function () {
  var params = new URLSearchParams(window.location.search);
  var asks = ['deal', 'preset', 'as_of', 'embed'].some(function (name) {
    return params.has(name);
  });
  var shipped = ['en', 'uk', 'ru'];
  var primary = function (tag) {
    var code = String(tag || '').split(/[-_]/)[0].toLowerCase();
    return shipped.indexOf(code) >= 0 ? code : null;
  };
  var meta = document.querySelector('meta[name=dealscope-lang]');
  var page = meta ? primary(meta.getAttribute('content')) : null;
  var browser = (navigator.languages || [navigator.language]).map(primary).filter(Boolean)[0];
  var chosen = primary(params.get('lang')) || page || browser || 'en';
  if (asks || chosen !== (page || 'en')) {
    document.documentElement.setAttribute('data-linked', '');
  }
})();

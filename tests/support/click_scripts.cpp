#include "support/click_scripts.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace applier::testing {

namespace {

std::string Quote(const std::string& text) {
  return boost::json::serialize(boost::json::value(text));
}

}  // namespace

std::string PointToClickScript(const std::string& selector) {
  // The element is looked up afresh each time, as the page may render it anew;
  // the page may itself be scrolling smoothly (a new draft scrolls into view),
  // which would otherwise carry the element away from the point measured.
  return "(async () => { let last = '';"
         " for (let i = 0; i < 60; i++) {"
         "   const el = document.querySelector(" +
         Quote(selector) +
         ");"
         "   if (!el || el.getClientRects().length === 0) return null;"
         "   el.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});"
         "   await new Promise(resolve => setTimeout(resolve, 50));"
         "   if (!el.isConnected) { last = ''; continue; }"
         "   const r = el.getBoundingClientRect();"
         "   const here = r.left + ',' + r.top;"
         "   const x = r.left + r.width / 2, y = r.top + r.height / 2;"
         "   const top = document.elementFromPoint(x, y);"
         "   if (here === last && top && el.contains(top)) return [x, y];"
         "   last = here;"
         " }"
         " return null; })()";
}

std::string WatchNextClickScript(const std::string& selector) {
  return "(() => { const old = window.__clickWatch;"
         " if (old) document.removeEventListener('click', old.handler, true);"
         " const watch = {hit: false, target: ''};"
         " watch.handler = (e) => { const t = e.target;"
         "   watch.hit = !!(t && t.closest && t.closest(" +
         Quote(selector) +
         "));"
         "   watch.target = t && t.tagName"
         "     ? t.tagName.toLowerCase() + (t.id ? '#' + t.id : '') : String(t); };"
         " document.addEventListener('click', watch.handler, {capture: true, once: true});"
         " window.__clickWatch = watch; return true; })()";
}

std::string WatchedClickLandedScript() {
  return "(() => { const watch = window.__clickWatch; if (!watch) return true;"
         " document.removeEventListener('click', watch.handler, true);"
         " delete window.__clickWatch;"
         " return watch.hit ? true : watch.target; })()";
}

}  // namespace applier::testing

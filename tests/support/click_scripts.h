// Page scripts the UI drivers (WebUiDriver over CDP, BidiDriver over WebDriver
// BiDi) share for a person-like click: find where to click, then check the click
// reached the element. The drivers differ in how they run a script and move the
// mouse, not in what a trustworthy click means.
#pragma once

#include <string>

namespace applier::testing {

// Resolves to [x, y], the element's centre once it has stopped moving and nothing
// covers it, or null when no visible element matches `selector`.
std::string PointToClickScript(const std::string& selector);

// Starts watching the next click on the document (a capture listener: it runs
// before the page's own handlers, while the target is still in the document).
std::string WatchNextClickScript(const std::string& selector);

// Resolves to true when the watched click reached the element (or the page
// navigated away, taking the watch with it), else to a short name of what it hit
// ("" for no click at all).
std::string WatchedClickLandedScript();

}  // namespace applier::testing

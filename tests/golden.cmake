# Golden-file extraction tests: one ctest test per fixture page, so that each
# failing page is visible on its own (ctest -R golden. -V shows the diff).
# tests/pages/NAME/page.html + expected.json; rules in tests/pages/README.md.
file(GLOB ALOUD_GOLDEN_DIRS LIST_DIRECTORIES true CONFIGURE_DEPENDS
     ${ALOUD_TESTS}/pages/*)
list(SORT ALOUD_GOLDEN_DIRS)
foreach(dir ${ALOUD_GOLDEN_DIRS})
  if(IS_DIRECTORY ${dir} AND EXISTS ${dir}/page.html AND EXISTS ${dir}/expected.json)
    get_filename_component(page ${dir} NAME)
    add_test(NAME golden.${page}
             COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_golden.py
                     --aloud ${ALOUD_BIN} --only ${page})
    set_tests_properties(golden.${page} PROPERTIES LABELS "golden;slow" TIMEOUT 120)
  endif()
endforeach()

# The fixtures themselves: expected text present in the pages, chrome phrases
# present in the pages but absent from the expected articles.
add_test(NAME golden.fixtures
         COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_golden.py --lint-only)
set_tests_properties(golden.fixtures PROPERTIES LABELS "golden;fast")

# Every page again with its class and id values made opaque, as on sites
# whose CSS names are generated ("css-1x2y3z"): the article must be found by
# text, structure and language. The pages that still need their class words
# are listed, with what goes wrong; the list may only shrink (a listed page
# that passes fails the test until it comes off the list). A sanitizer
# build reads every third page so: the class names change which rules
# decide, not which code runs, and the per-page tests above already run
# every page there.
if(ALOUD_SANITIZE)
  set(ALOUD_NOCLASS_EVERY 3)
else()
  set(ALOUD_NOCLASS_EVERY 1)
endif()
add_test(NAME golden.noclass
         COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_golden.py
                 --aloud ${ALOUD_BIN} --strip-classes --jobs 2 --every ${ALOUD_NOCLASS_EVERY}
                 --known ${ALOUD_TESTS}/golden-noclass-known.txt)
set_tests_properties(golden.noclass PROPERTIES LABELS "golden;slow" TIMEOUT 1200)

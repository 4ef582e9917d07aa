# What a program needs to build against an installed libaloud:
#   pkg-config --cflags --libs aloud      (lib/pkgconfig/aloud.pc)
#   find_package(aloud 0.1) + aloud::aloud (lib/cmake/aloud/aloudConfig.cmake)
# Both find the prefix from their own location, so an installation can be
# moved (or made with `cmake --install --prefix DIR`) and still be used.
include(CMakePackageConfigHelpers)

# aloud.pc: prefix=${pcfiledir}/../.. and the other directories under it.
set(ALOUD_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
file(RELATIVE_PATH ALOUD_PC_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" ALOUD_PC_PREFIX "\${pcfiledir}/${ALOUD_PC_PREFIX}")
foreach(dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    set(ALOUD_PC_${dir} "${CMAKE_INSTALL_${dir}}")
  else()
    set(ALOUD_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
  endif()
endforeach()
configure_file(${CMAKE_CURRENT_LIST_DIR}/aloud.pc.in ${PROJECT_BINARY_DIR}/aloud.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/aloud.pc DESTINATION ${ALOUD_PC_DIR})

# aloudConfig.cmake, its version file and the exported target. 0.x makes
# no ABI promise across minor versions: find_package(aloud 0.1) accepts
# 0.1.x only.
set(ALOUD_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/aloud)
install(EXPORT aloudTargets NAMESPACE aloud:: DESTINATION ${ALOUD_CMAKE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/aloudConfig.cmake.in
  ${PROJECT_BINARY_DIR}/aloudConfig.cmake INSTALL_DESTINATION ${ALOUD_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/aloudConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/aloudConfig.cmake ${PROJECT_BINARY_DIR}/aloudConfigVersion.cmake
        DESTINATION ${ALOUD_CMAKE_DIR})

@echo off
rem Windows installer of FocusFlow (written to the same plan as packaging\linux\build.sh; NOT built or tested
rem in FocusFlow's CI, which runs on Linux: jpackage only builds a platform's packages on that platform).
rem   mvn -B -Ppackage -DskipTests package   (on Windows, with a JDK 17, WiX Toolset 3 on the PATH and
rem                                          ImageMagick's magick for the icon)
rem leaves run\target\dist\FocusFlow-<version>.msi: per-user Start menu entry and desktop shortcut, an
rem upgrade code so that a newer .msi replaces the older one, the app in %ProgramFiles%\FocusFlow.
rem The privileged helper is not part of it: it needs Unix domain socket peer credentials (Linux, macOS);
rem on Windows website blocking uses the hosts-file permission step from the README.
rem Arguments: <maven version> <run\target>.
setlocal enabledelayedexpansion
set "version=%~1"
set "version=!version:-SNAPSHOT=!"
set "target=%~f2"
set "here=%~dp0"
set "root=%here%..\.."
if not defined JAVA_HOME (echo build.cmd: set JAVA_HOME to a JDK 17 & exit /b 1)
set "work=%target%\jpackage"
set "dist=%target%\dist"
if exist "%work%" rmdir /s /q "%work%"
if exist "%dist%" rmdir /s /q "%dist%"
mkdir "%work%\input" "%dist%" || exit /b 1
copy /y "%target%\focusflow.jar" "%work%\input\" >nul || exit /b 1

set "modules="
for /f "usebackq eol=# delims=" %%m in ("%root%\packaging\runtime-modules") do (
  if defined modules (set "modules=!modules!,%%m") else (set "modules=%%m")
)
"%JAVA_HOME%\bin\jlink" --add-modules %modules% --strip-debug --no-header-files --no-man-pages ^
    --compress=2 --output "%work%\runtime" || exit /b 1

set "icons=%root%\com.focusflow.ui\src\main\resources\icons"
magick "%icons%\focusflow-16.png" "%icons%\focusflow-24.png" "%icons%\focusflow-32.png" "%icons%\focusflow-48.png" ^
    "%icons%\focusflow-64.png" "%icons%\focusflow-256.png" "%work%\focusflow.ico" || exit /b 1

set "javaopts="
for /f "usebackq eol=# delims=" %%o in ("%root%\run\jvm.options") do set "javaopts=!javaopts! --java-options %%o"

rem The upgrade code never changes: it is what makes a newer FocusFlow .msi replace an installed one.
"%JAVA_HOME%\bin\jpackage" --type msi --name FocusFlow --app-version %version% --vendor FocusFlow ^
    --description "Focus sessions that block distracting websites and apps" --copyright "FocusFlow contributors" ^
    --input "%work%\input" --main-jar focusflow.jar --main-class com.focusflow.launcher.Main ^
    --runtime-image "%work%\runtime" --icon "%work%\focusflow.ico" %javaopts% ^
    --win-menu --win-menu-group FocusFlow --win-shortcut --win-dir-chooser ^
    --win-upgrade-uuid 6f1f7b43-3c55-4d8e-9a0e-5b1f0c2e7a21 --dest "%dist%" || exit /b 1
dir "%dist%"

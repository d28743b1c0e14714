; NSIS script: a per-machine installer for the PyInstaller one-folder bundle.
;   makensis /DVERSION=0.1.0 /DBUNDLE=build\bundle\idtoolkit /DOUTFILE=dist\idtoolkit-0.1.0-setup.exe installers\windows\idtoolkit.nsi
; Installs to Program Files, adds Start-menu entries and an uninstaller (Apps & features),
; puts the install folder on the machine PATH so `idtoolkit` works in any console.
Unicode true
!include "MUI2.nsh"
!include "x64.nsh"
!include "WordFunc.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\build\bundle\idtoolkit"
!endif
!ifndef OUTFILE
  !define OUTFILE "idtoolkit-${VERSION}-setup.exe"
!endif
!define APPNAME "ID Toolkit"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\IDToolkit"
!define ENVKEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ICON "${BUNDLE}\_internal\idtoolkit.ico"
!define MUI_UNICON "${BUNDLE}\_internal\idtoolkit.ico"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"

Section "Install"
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\idtoolkit-gui.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Uninstall ${APPNAME}.lnk" "$INSTDIR\uninstall.exe"
  ; PATH for the command-line tool (machine-wide); removed again by the uninstaller
  ReadRegStr $0 HKLM "${ENVKEY}" "Path"
  WriteRegExpandStr HKLM "${ENVKEY}" "Path" "$0;$INSTDIR"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "ID Toolkit developers"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\idtoolkit-gui.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  ; Workspaces live in each user's data folder, never under $INSTDIR: nothing of theirs is lost.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\idtoolkit.exe"
  Delete "$INSTDIR\idtoolkit-gui.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  ReadRegStr $0 HKLM "${ENVKEY}" "Path"
  ${WordReplace} "$0" ";$INSTDIR" "" "+" $1
  WriteRegExpandStr HKLM "${ENVKEY}" "Path" "$1"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  DeleteRegKey HKLM "${UNINSTKEY}"
SectionEnd

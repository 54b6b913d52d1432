/* Why an idle winit window uses the CPU under Wine 8, in 50 lines of C,
 * without Rust, egui or Puente (scripts/smoke-dist.sh builds and measures it;
 * docs/performance.md has the figures).
 *
 *   wine-idle.exe plain    an OpenGL window and a message loop shaped like
 *                          winit's (MsgWaitForMultipleObjectsEx with
 *                          MWMO_INPUTAVAILABLE, then PeekMessage): idles at 0
 *   wine-idle.exe winit    the same plus winit's hidden "thread event target"
 *                          window, which asks for an internal WM_PAINT
 *                          (RedrawWindow RDW_INTERNALPAINT) after every
 *                          message it gets: Wine keeps the queue's QS_PAINT
 *                          bit set but never delivers that WM_PAINT, so the
 *                          wait returns at once, for ever.
 * On Windows the WM_PAINT is delivered and both idle at 0. */
#include <windows.h>
#include <GL/gl.h>
#include <string.h>

static LRESULT CALLBACK proc(HWND h, UINT m, WPARAM w, LPARAM l) {
  if (m == WM_DESTROY) { PostQuitMessage(0); return 0; }
  return DefWindowProcW(h, m, w, l);
}

int main(int argc, char **argv) {
  int winit = argc > 1 && strcmp(argv[1], "winit") == 0;
  WNDCLASSW wc = {0};
  wc.lpfnWndProc = proc; wc.hInstance = GetModuleHandleW(0); wc.lpszClassName = L"idle";
  wc.style = CS_OWNDC; wc.hCursor = LoadCursor(NULL, IDC_ARROW);
  RegisterClassW(&wc);
  HWND h = CreateWindowExW(0, L"idle", L"wine-idle", WS_OVERLAPPEDWINDOW | WS_VISIBLE,
                           0, 0, 800, 600, 0, 0, wc.hInstance, 0);
  HDC dc = GetDC(h);
  PIXELFORMATDESCRIPTOR pfd = { sizeof(pfd), 1,
    PFD_DRAW_TO_WINDOW | PFD_SUPPORT_OPENGL | PFD_DOUBLEBUFFER, PFD_TYPE_RGBA, 32 };
  SetPixelFormat(dc, ChoosePixelFormat(dc, &pfd), &pfd);
  wglMakeCurrent(dc, wglCreateContext(dc));
  glClearColor(0.5f, 0.5f, 0.5f, 1); glClear(GL_COLOR_BUFFER_BIT); SwapBuffers(dc);
  if (winit) {
    HWND t = CreateWindowExW(WS_EX_NOACTIVATE | WS_EX_TRANSPARENT | WS_EX_LAYERED | WS_EX_TOOLWINDOW,
                             L"idle", L"", 0, 0, 0, 0, 0, 0, 0, wc.hInstance, 0);
    SetWindowLongPtrW(t, GWL_STYLE, WS_VISIBLE | WS_POPUP);
    RedrawWindow(t, NULL, 0, RDW_INTERNALPAINT);
  }
  for (;;) {
    MSG msg;
    MsgWaitForMultipleObjectsEx(0, NULL, INFINITE, QS_ALLINPUT, MWMO_INPUTAVAILABLE);
    while (PeekMessageW(&msg, 0, 0, 0, PM_REMOVE)) {
      if (msg.message == WM_QUIT) return 0;
      TranslateMessage(&msg);
      DispatchMessageW(&msg);
    }
  }
}
